trigger MaDefinitionSetTrigger on MA_Definition_Set__c(before insert, before update) {
    new MaDefinitionSetTriggerHandler().run();
}
