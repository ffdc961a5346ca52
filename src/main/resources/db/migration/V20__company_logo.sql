-- A company's logo, by address, for Google for Jobs' hiringOrganization.logo: an https
-- image an admin vouches for. Not shown on our pages, so nothing loads from outside.
ALTER TABLE company ADD COLUMN logo_url varchar(300) CHECK (logo_url ~ '^https://');
