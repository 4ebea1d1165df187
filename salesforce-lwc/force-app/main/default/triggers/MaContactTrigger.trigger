trigger MaContactTrigger on Contact (after insert, after update) {
    new MaContactTriggerHandler().run();
}
