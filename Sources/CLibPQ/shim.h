// libpq (Debian libpq-dev), PostgreSQL's C client: connections from a URL (passwords from the URL,
// PGPASSWORD or ~/.pgpass, as every PostgreSQL client reads them), statements with parameters, rows one
// at a time (single-row mode), and COPY for writing tables.
#include <libpq-fe.h>
