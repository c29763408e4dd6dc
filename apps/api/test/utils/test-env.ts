// Every API suite starts apps that seed and log in accounts: hashing each password at the production cost
// (19 MiB of Argon2id) would be most of some suites' time. The app honours `low` only under NODE_ENV=test.
if (process.env.NODE_ENV === 'test') process.env.PASSWORD_HASH_COST ??= 'low';
