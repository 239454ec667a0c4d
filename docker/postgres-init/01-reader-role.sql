-- The role the API serves with: it may log in and nothing else. At every start the API, connected as the owner
-- (ConnectionStrings__PostgresOwner), migrates and then grants this role SELECT on the tables — never more.
create role oid_reader login password 'oid-reader-local-only';
