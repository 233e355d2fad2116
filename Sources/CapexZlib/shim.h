// zlib, for CapexData's reader of zip archives (inflate and CRC-32).
#include <zlib.h>
