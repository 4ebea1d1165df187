trigger MaCampaignMemberTrigger on CampaignMember (after insert, after update, after delete) {
    new MaCampaignMemberTriggerHandler().run();
}
