trigger MaTaskTrigger on Task (after insert, after update, after delete) {
    new MaTaskTriggerHandler().run();
}
