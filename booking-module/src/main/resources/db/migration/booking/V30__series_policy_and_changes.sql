-- C2.4 a recurring plan keeps the cancellation policy in force when it was booked (every visit's order is
-- placed under it, whatever operators change later), and the series can change from a date on: the current
-- cadence counts from plan_from, after plan_before visits planned earlier; plan_replaced visits were voided
-- by such a change and do not count towards the number of visits. Older series keep today's policy.
ALTER TABLE booking.series ADD COLUMN free_cancel_minutes INT;
ALTER TABLE booking.series ADD COLUMN late_fee_bp INT;
ALTER TABLE booking.series ADD COLUMN min_late_fee_fen BIGINT;
ALTER TABLE booking.series ADD COLUMN worker_change_minutes INT;
ALTER TABLE booking.series ADD COLUMN payment_window_minutes INT;
ALTER TABLE booking.series ADD COLUMN plan_from DATE;
ALTER TABLE booking.series ADD COLUMN plan_before INT NOT NULL DEFAULT 0;
ALTER TABLE booking.series ADD COLUMN plan_replaced INT NOT NULL DEFAULT 0;
UPDATE booking.series SET plan_from = first_date;
