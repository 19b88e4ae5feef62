/**
 * People, organisations and their contact details: reading them from free text (leads,
 * participants, partner rows), checking them (e-mail, phone) and comparing spellings. One
 * module for extraction, validation and the summaries.
 */
export * from './contacts';
export * from './names';
export * from './similar';
