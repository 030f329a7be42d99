-- The practice's cut-off for the cervical flexion-rotation test (Hall et al. 2010): a side at
-- this many degrees or less is restricted; 30 by default, 32 the practice's other choice.
-- Existing practices keep 30, the rule their notes were judged by. Portable SQL; see 0001.
ALTER TABLE practice_settings ADD COLUMN cfrt_cutoff INTEGER NOT NULL DEFAULT 30;
