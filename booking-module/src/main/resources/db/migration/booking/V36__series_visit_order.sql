-- Which series a visit's order belongs to (billing pays a series' visits from its prepaid package).
CREATE INDEX series_visit_order_idx ON booking.series_visit (order_id);
