trigger MaTaskTrigger on MA_Task__c(before insert, before update) {
    new MaTaskTriggerHandler().run();
}
