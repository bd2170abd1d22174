-- Blocks are kept under the lower-cased address, as addressKey in lib/sharing/email-address.ts makes it.
INSERT INTO "ShareBlock" ("email", "createdAt")
SELECT lower("email"), MIN("createdAt") FROM "ShareBlock"
WHERE "email" <> lower("email") AND lower("email") NOT IN (SELECT "email" FROM "ShareBlock")
GROUP BY lower("email");

DELETE FROM "ShareBlock" WHERE "email" <> lower("email");
