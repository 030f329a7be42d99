-- Records that outlive the laptop (issue 21): where backups go and how many are kept, and how
-- long the college requires records to be kept. Portable SQL; see 0001.
-- backup_folder NULL: the default folder beside the practice in the user's data folder.
-- offsite_backup_folder NULL: no second copy (a USB drive, a synced cloud folder).
-- A backup is kept while it is among the newest of its day, ISO week or month, for the last N
-- days, weeks and months that have one; Today warns when the newest is older than the warning.
ALTER TABLE practice_settings ADD COLUMN backup_folder TEXT;
ALTER TABLE practice_settings ADD COLUMN offsite_backup_folder TEXT;
ALTER TABLE practice_settings ADD COLUMN keep_daily_backups INTEGER NOT NULL DEFAULT 7;
ALTER TABLE practice_settings ADD COLUMN keep_weekly_backups INTEGER NOT NULL DEFAULT 4;
ALTER TABLE practice_settings ADD COLUMN keep_monthly_backups INTEGER NOT NULL DEFAULT 12;
ALTER TABLE practice_settings ADD COLUMN backup_warning_days INTEGER NOT NULL DEFAULT 3;
-- 'ontario': ten years after the last visit, or after the client's 18th birthday if later;
-- 'years_after_last_visit': retention_years after the last visit.
ALTER TABLE practice_settings ADD COLUMN retention_rule VARCHAR(32) NOT NULL DEFAULT 'ontario';
ALTER TABLE practice_settings ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 10;
