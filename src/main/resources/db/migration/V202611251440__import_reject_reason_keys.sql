-- A rejected row's reason as a message key and arguments, so the page and the error file show it in
-- the language of whoever reads it; `reason` keeps the text in the importer's language (and older rows).
alter table import_rejects add column reason_key text, add column reason_args text[];
