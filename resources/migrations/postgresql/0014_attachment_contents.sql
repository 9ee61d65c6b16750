-- Schema version 14: the bytes of attachments on a shared server (issue 12); every desk reads
-- them from here (an SQLite desk keeps files beside its database and leaves the table empty).
-- Named like the files: "<scope>/<sha256>" (the stored_as of attachments and
-- drill_attachments).
CREATE TABLE attachment_contents (
    stored_as TEXT PRIMARY KEY NOT NULL,
    size      BIGINT NOT NULL CHECK (size >= 0),
    content   BYTEA NOT NULL
);
