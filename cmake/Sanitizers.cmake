# Instrumented builds. Both are opt-in and live in their own build directories:
#   build-asan/  -DJIXIAO_SANITIZE=ON   ASan + UBSan + LeakSanitizer, the whole test suite
#   build-fuzz/  -DJIXIAO_FUZZ=ON       libFuzzer targets of tests/fuzz (clang only)
# Qt itself is not instrumented (Debian's libraries); only our code is.
option(JIXIAO_SANITIZE "Build with AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer" OFF)
option(JIXIAO_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
option(JIXIAO_BENCH "Build the benchmarks of bench/" ON)

# The test environment for sanitized runs (added to every ctest test by jixiao_test, and
# inherited by the `jixiao` processes the tests start): stop at the first error, with a
# stack, and leaks checked against tests/sanitizers/lsan.supp (Qt's own allocations, each
# entry commented there).
set(JIXIAO_SANITIZER_TEST_ENV "")
set(JIXIAO_SANITIZER_UI_TEST_ENV "")

if(JIXIAO_SANITIZE OR JIXIAO_FUZZ)
  # -O1 keeps instrumented tests fast enough for CI; frame pointers give full stacks.
  set(JIXIAO_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer -O1 -g)
  add_compile_options(${JIXIAO_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  set(JIXIAO_SANITIZER_TEST_ENV
    "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")
  # Tests of the window (label ui) create a QPdfView, whose own leak is suppressed by name:
  # that needs whole allocation stacks through Qt, which has no frame pointers. Only there,
  # because full unwinding makes every allocation several times slower (the timed store
  # tests would miss their windows).
  set(JIXIAO_SANITIZER_UI_TEST_ENV ${JIXIAO_SANITIZER_TEST_ENV})
  list(TRANSFORM JIXIAO_SANITIZER_UI_TEST_ENV REPLACE "^ASAN_OPTIONS=(.*)$" "ASAN_OPTIONS=\\1:fast_unwind_on_malloc=0")
endif()

if(JIXIAO_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "JIXIAO_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Coverage for libFuzzer in every library; the fuzz targets themselves link -fsanitize=fuzzer.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
