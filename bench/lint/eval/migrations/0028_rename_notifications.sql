-- lockstep:irreversible
-- UP
-- Notifications are per user now; make the name say so.
ALTER TABLE notifications RENAME TO user_notifications;
