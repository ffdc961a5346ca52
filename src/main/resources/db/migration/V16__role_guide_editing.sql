-- Admins edit role guides and add new ones from the admin pages. A new guide starts as a
-- draft that only admins see, and is published once it has enough to say. Every save of
-- any part of a guide moves the guide's version on, so two admins editing the same guide
-- cannot overwrite each other without seeing it.

ALTER TABLE role
    ADD COLUMN version      integer     NOT NULL DEFAULT 0,
    ADD COLUMN updated_at   timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN published_at timestamptz;
UPDATE role SET published_at = now();

-- New tools are named by admins in stacks and skill lists; names are compared case-blind.
CREATE UNIQUE INDEX tool_name_lower_key ON tool (lower(name));
