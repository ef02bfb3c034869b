-- The repeat-caller panel counts earlier contacts at a postcode when only the postcode is known
-- (POST /api/contact/lookup, "this address" by postcode). Without an index that count read every
-- contact: with a million contacts, a few hundred milliseconds per look-up.
-- migrate:up
create index contact_postcode_idx on contact (location_postcode, received_at desc) where location_postcode is not null;

-- migrate:down
drop index contact_postcode_idx;
