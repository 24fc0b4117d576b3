-- W4.2 homework photos, re-encoded without metadata and kept by key in the training storage.
CREATE TABLE training.homework_photo (
    homework_id UUID         NOT NULL REFERENCES training.homework (id),
    position    INT          NOT NULL,
    storage_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (homework_id, position)
);
