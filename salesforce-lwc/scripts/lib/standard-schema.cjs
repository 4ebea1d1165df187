'use strict';
// Standard objects, fields and relationships that the MA components may use
// without an object definition in force-app. An explicit allow-list: a field
// that is neither here nor in force-app/main/default/objects fails the
// cross-reference check. Extend it deliberately, one real field at a time.

// Fields every object has (custom objects included).
const SYSTEM_FIELDS = ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'IsDeleted'];

// Standard fields of custom objects besides SYSTEM_FIELDS. Detail objects of a
// master-detail relationship have no owner.
const CUSTOM_OBJECT_FIELDS = ['Name', 'LastViewedDate', 'LastReferencedDate'];
const CUSTOM_OBJECT_OWNER_FIELDS = ['OwnerId'];

const standardObjects = {
  Lead: {
    fields: [
      'Name', 'FirstName', 'LastName', 'Company', 'Title', 'Email', 'Phone', 'Website', 'Industry', 'LeadSource',
      'Status', 'Rating', 'NumberOfEmployees', 'AnnualRevenue', 'Country', 'State', 'City', 'OwnerId',
      'IsConverted', 'ConvertedDate', 'ConvertedAccountId', 'ConvertedContactId', 'ConvertedOpportunityId',
    ],
    // lookups: relationship name -> target object
    lookups: { Owner: 'User', CreatedBy: 'User', LastModifiedBy: 'User', ConvertedOpportunity: 'Opportunity' },
    children: { Tasks: 'Task', CampaignMembers: 'CampaignMember' },
  },
  Contact: {
    fields: [
      'Name', 'FirstName', 'LastName', 'AccountId', 'Title', 'Department', 'Email', 'Phone', 'LeadSource',
      'MailingCountry', 'MailingState', 'MailingCity', 'OwnerId',
    ],
    lookups: { Account: 'Account', Owner: 'User', CreatedBy: 'User', LastModifiedBy: 'User' },
    children: { Tasks: 'Task', CampaignMembers: 'CampaignMember', Opportunities: 'Opportunity' },
  },
  Task: {
    fields: ['Subject', 'ActivityDate', 'Type', 'TaskSubtype', 'Status', 'Priority', 'WhoId', 'WhatId', 'OwnerId', 'CompletedDateTime'],
    lookups: { Owner: 'User', CreatedBy: 'User', LastModifiedBy: 'User' },
    children: {},
  },
  CampaignMember: {
    fields: ['CampaignId', 'LeadId', 'ContactId', 'Status', 'HasResponded', 'FirstRespondedDate'],
    lookups: { Campaign: 'Campaign', Lead: 'Lead', Contact: 'Contact', CreatedBy: 'User' },
    children: {},
  },
  Campaign: {
    fields: ['Name', 'Type', 'Status', 'StartDate', 'EndDate', 'IsActive'],
    lookups: { Owner: 'User' },
    children: { CampaignMembers: 'CampaignMember' },
  },
  Account: {
    fields: ['Name', 'Industry', 'NumberOfEmployees', 'AnnualRevenue', 'BillingCountry', 'OwnerId'],
    lookups: { Owner: 'User' },
    children: { Contacts: 'Contact', Opportunities: 'Opportunity' },
  },
  Opportunity: {
    fields: ['Name', 'StageName', 'Amount', 'CloseDate', 'IsClosed', 'IsWon', 'AccountId', 'ContactId', 'OwnerId'],
    lookups: { Account: 'Account', Owner: 'User' },
    children: {},
  },
  User: {
    fields: ['Name', 'FirstName', 'LastName', 'Email', 'Alias', 'Username', 'IsActive', 'LanguageLocaleKey', 'LocaleSidKey'],
    lookups: {},
    children: {},
  },
};

module.exports = { SYSTEM_FIELDS, CUSTOM_OBJECT_FIELDS, CUSTOM_OBJECT_OWNER_FIELDS, standardObjects };
