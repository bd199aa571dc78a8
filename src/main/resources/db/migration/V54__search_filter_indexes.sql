-- Colour filters ("red lantern") match the colour attribute or a colour word in the title or attributes
-- (FilterSql). Without these indexes every filtered candidate query scanned the whole catalog to test them.
CREATE INDEX products_colour_idx ON products (lower(coalesce(attributes ->> 'colour', attributes ->> 'color')));
CREATE INDEX products_title_attributes_tsv_idx ON products USING gin (ts_filter(search_tsv, '{a,c}'));
