-- Pictures sent in private messages (W3.2): the message row says "[图片]", the picture's file is named here.
CREATE TABLE notification.message_image
(
    message_id   UUID        NOT NULL PRIMARY KEY REFERENCES notification.private_message (id),
    image_key    VARCHAR(200) NOT NULL,
    content_type VARCHAR(40)  NOT NULL
);
