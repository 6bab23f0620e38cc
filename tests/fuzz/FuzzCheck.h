#pragma once

#include <cstdio>
#include <cstdlib>

// A property the fuzz target checks on every input: a violation is a bug, reported like a
// crash so that libFuzzer keeps the input (crash-*) for a reproducer test.
#define FUZZ_CHECK(condition, what)                                                        \
    do {                                                                                   \
        if (!(condition)) {                                                                \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d): %s\n", #condition,        \
                         __FILE__, __LINE__, what);                                        \
            std::abort();                                                                  \
        }                                                                                  \
    } while (false)
