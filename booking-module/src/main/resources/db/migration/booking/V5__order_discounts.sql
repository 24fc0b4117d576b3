-- The discounts an order was placed with (promotions and a coupon), as the customer saw them.
CREATE TABLE booking.order_discount (
    order_id   UUID         NOT NULL REFERENCES booking.customer_order (id),
    position   INT          NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    source_id  UUID         NOT NULL,
    label      VARCHAR(100) NOT NULL,
    amount_fen BIGINT       NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (order_id, position)
);
