// The translation unit that builds Catch2's precompiled header (tests/CMakeLists.txt,
// FACTLINT_TEST_PCH); the test binaries reuse it and this file holds nothing of its own.
