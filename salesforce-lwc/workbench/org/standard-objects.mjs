// The standard objects and fields of a Salesforce org that the components and
// the sample org touch. Custom objects and the custom fields on Lead/Contact
// come from the project's metadata (see schema.mjs), never from here.

const picklist = (values) => ({ type: 'Picklist', values: values.map((v) => ({ value: v, label: v })) });

export const STANDARD_OBJECTS = {
    User: {
        keyPrefix: '005',
        label: 'User',
        nameField: { type: 'Text', length: 121, readOnly: true, computed: 'personName' },
        fields: {
            FirstName: { type: 'Text', length: 40 },
            LastName: { type: 'Text', length: 80, required: true },
            Username: { type: 'Text', length: 80 },
            Email: { type: 'Email', length: 80 },
            Title: { type: 'Text', length: 80 },
            LanguageLocaleKey: picklist(['ja', 'en_US']),
            IsActive: { type: 'Checkbox' },
            UserRoleId: { type: 'Lookup', referenceTo: ['UserRole'], relationshipName: 'UserRole' },
            ManagerId: { type: 'Lookup', referenceTo: ['User'], relationshipName: 'Manager' },
        },
    },
    // Who the handoff rules may name as an assignee (MaAssignees): a role by
    // its API name, a queue (a Group of type Queue) and its user members.
    UserRole: {
        keyPrefix: '00E',
        label: 'Role',
        nameField: { type: 'Text', length: 80, required: true },
        fields: {
            DeveloperName: { type: 'Text', length: 80, required: true },
        },
    },
    Group: {
        keyPrefix: '00G',
        label: 'Group',
        nameField: { type: 'Text', length: 40, required: true },
        fields: {
            DeveloperName: { type: 'Text', length: 80, required: true },
            Type: picklist(['Queue', 'Regular']),
        },
    },
    GroupMember: {
        keyPrefix: '011',
        label: 'Group Member',
        nameField: null,
        fields: {
            GroupId: { type: 'Lookup', referenceTo: ['Group'], relationshipName: 'Group', required: true },
            UserOrGroupId: { type: 'Lookup', referenceTo: ['User'], relationshipName: 'UserOrGroup', required: true },
        },
    },
    Lead: {
        keyPrefix: '00Q',
        label: 'Lead',
        nameField: { type: 'Text', length: 121, readOnly: true, computed: 'personName' },
        fields: {
            FirstName: { type: 'Text', length: 40 },
            LastName: { type: 'Text', length: 80, required: true },
            Company: { type: 'Text', length: 255, required: true },
            Title: { type: 'Text', length: 128 },
            Email: { type: 'Email', length: 80 },
            Phone: { type: 'Phone', length: 40 },
            Industry: picklist(['Manufacturing', 'Machinery', 'Electronics', 'Automotive', 'Chemicals', 'Construction', 'Logistics', 'Other']),
            LeadSource: picklist(['Web', 'Trade Show', 'Webinar', 'Referral', 'Advertisement', 'Partner', 'Other']),
            Status: picklist(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted']),
            Rating: picklist(['Hot', 'Warm', 'Cold']),
            NumberOfEmployees: { type: 'Number', precision: 8, scale: 0 },
            AnnualRevenue: { type: 'Currency', precision: 18, scale: 0 },
            Country: { type: 'Text', length: 80 },
            State: { type: 'Text', length: 80 },
            City: { type: 'Text', length: 40 },
            // A lead may be owned by a user or a queue, as on the platform.
            OwnerId: { type: 'Lookup', referenceTo: ['User', 'Group'], relationshipName: 'Owner' },
        },
    },
    Contact: {
        keyPrefix: '003',
        label: 'Contact',
        nameField: { type: 'Text', length: 121, readOnly: true, computed: 'personName' },
        fields: {
            FirstName: { type: 'Text', length: 40 },
            LastName: { type: 'Text', length: 80, required: true },
            Title: { type: 'Text', length: 128 },
            Department: { type: 'Text', length: 80 },
            Email: { type: 'Email', length: 80 },
            Phone: { type: 'Phone', length: 40 },
            LeadSource: picklist(['Web', 'Trade Show', 'Webinar', 'Referral', 'Advertisement', 'Partner', 'Other']),
            OwnerId: { type: 'Lookup', referenceTo: ['User'], relationshipName: 'Owner' },
        },
    },
    Campaign: {
        keyPrefix: '701',
        label: 'Campaign',
        nameField: { type: 'Text', length: 80, required: true },
        fields: {
            Type: picklist(['Webinar', 'Trade Show', 'Email', 'Conference', 'Advertisement', 'Other']),
            Status: picklist(['Planned', 'In Progress', 'Completed', 'Aborted']),
            StartDate: { type: 'Date' },
        },
    },
    CampaignMember: {
        keyPrefix: '00v',
        label: 'Campaign Member',
        nameField: null,
        fields: {
            CampaignId: { type: 'Lookup', referenceTo: ['Campaign'], relationshipName: 'Campaign', required: true, childRelationshipName: 'CampaignMembers' },
            LeadId: { type: 'Lookup', referenceTo: ['Lead'], relationshipName: 'Lead', childRelationshipName: 'CampaignMembers' },
            ContactId: { type: 'Lookup', referenceTo: ['Contact'], relationshipName: 'Contact', childRelationshipName: 'CampaignMembers' },
            Status: picklist(['Sent', 'Registered', 'Attended', 'Responded']),
            HasResponded: { type: 'Checkbox' },
        },
    },
    Task: {
        keyPrefix: '00T',
        label: 'Task',
        nameField: null,
        fields: {
            Subject: { type: 'Text', length: 255 },
            ActivityDate: { type: 'Date' },
            // 'Web Visit' and 'Form' as an MA connector logs them (the default event rules of maLeadInput.js).
            Type: picklist(['Call', 'Email', 'Meeting', 'Web Visit', 'Form', 'Download', 'Other']),
            Status: picklist(['Not Started', 'In Progress', 'Completed']),
            Description: { type: 'TextArea', length: 32000 },
            IsReminderSet: { type: 'Checkbox' },
            ReminderDateTime: { type: 'DateTime' },
            // Polymorphic: a Task's Who is a Lead or a Contact.
            WhoId: { type: 'Lookup', referenceTo: ['Lead', 'Contact'], relationshipName: 'Who', childRelationshipName: 'Tasks' },
            OwnerId: { type: 'Lookup', referenceTo: ['User'], relationshipName: 'Owner' },
        },
    },
};

/** System fields every object has; the org sets them, a write naming them is refused. */
export const SYSTEM_FIELDS = {
    Id: { type: 'Id', readOnly: true },
    CreatedDate: { type: 'DateTime', readOnly: true },
    LastModifiedDate: { type: 'DateTime', readOnly: true },
    SystemModstamp: { type: 'DateTime', readOnly: true },
    CreatedById: { type: 'Lookup', referenceTo: ['User'], relationshipName: 'CreatedBy', readOnly: true },
    LastModifiedById: { type: 'Lookup', referenceTo: ['User'], relationshipName: 'LastModifiedBy', readOnly: true },
};
