-- Schema version 14: the bytes of attachments on a shared server (issue 12). A desk on an
-- SQLite file keeps attachments as files beside the database and leaves this table empty; on
-- PostgreSQL every desk reads them from here. Named like the files: "<scope>/<sha256>" (the
-- stored_as of attachments and drill_attachments).
CREATE TABLE attachment_contents (
    stored_as TEXT PRIMARY KEY NOT NULL,
    size      INTEGER NOT NULL CHECK (size >= 0),
    content   BLOB NOT NULL
);
