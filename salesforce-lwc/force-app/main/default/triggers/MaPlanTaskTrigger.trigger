trigger MaPlanTaskTrigger on MA_Task__c(before insert, before update) {
    new MaPlanTaskTriggerHandler().run();
}
