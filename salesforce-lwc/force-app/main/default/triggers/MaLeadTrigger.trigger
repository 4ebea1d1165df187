trigger MaLeadTrigger on Lead (after insert, after update) {
    new MaLeadTriggerHandler().run();
}
