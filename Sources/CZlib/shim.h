// zlib (Debian zlib1g-dev): gzip streams, including the many-member gzip of .warc.gz crawl archives.
#include <zlib.h>
