trigger MaSignOffTrigger on MA_Sign_Off__c(before insert, after insert) {
    new MaSignOffTriggerHandler().run();
}
