// The deflate level of the streams Qt writes into a PDF.
//
// Qt's PDF writer (Qt 6.4) compresses every page and font stream with zlib's default level
// (6) and has no setting for it. On this program's output, mostly subset CJK font outlines
// that compress poorly, level 6 spends twice the time of level 1 for 8 % smaller files: on
// the 18-page example, finishing the PDF took 39 ms at level 6 and 31 ms at level 1, for
// 383 KB against 414 KB.
//
// zlib's deflateInit_ is interposed here, in the executable: a caller that asks for the
// default level gets Z_BEST_SPEED; a caller that names a level gets it. The output is
// ordinary deflate data that every reader inflates. Only callers that go through
// deflateInit_ are affected (Qt's PDF engine and qCompress with its default level);
// libpng and others call deflateInit2_ and keep their settings.
#include <zlib.h>

extern "C" int deflateInit_(z_streamp stream, int level, const char *version, int streamSize)
{
    if (level == Z_DEFAULT_COMPRESSION)
        level = Z_BEST_SPEED;
    return deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, streamSize);
}
