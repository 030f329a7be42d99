# Finds SQLCipher 4 (Debian's libsqlcipher-dev from bookworm-backports) as a static library, so the
# process holds one SQLite, SQLCipher's, and the Debian package needs nothing from backports.
# Provides SQLCipher::SQLCipher (its sqlite3.h from include/sqlcipher, the static library and what
# it needs: OpenSSL's libcrypto, zlib, libm).
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher NO_CMAKE_SYSTEM_PATH
          PATHS /usr/include /usr/local/include)
find_library(SQLCIPHER_LIBRARY NAMES libsqlcipher.a)
if(SQLCIPHER_INCLUDE_DIR AND EXISTS ${SQLCIPHER_INCLUDE_DIR}/sqlite3.h)
    file(STRINGS ${SQLCIPHER_INCLUDE_DIR}/sqlite3.h _sqlcipher_marker REGEX "BEGIN SQLCIPHER")
endif()
# bookworm's own libsqlcipher-dev (3.4, 2016) has no marker in its header and a weaker format.
if(NOT _sqlcipher_marker)
    unset(SQLCIPHER_INCLUDE_DIR CACHE)
    set(_sqlcipher_hint "SQLCipher 4 is libsqlcipher-dev from bookworm-backports (scripts/lib.sh adds that source)")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher
    REQUIRED_VARS SQLCIPHER_LIBRARY SQLCIPHER_INCLUDE_DIR
    REASON_FAILURE_MESSAGE "${_sqlcipher_hint}")

if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    find_package(ZLIB REQUIRED)
    add_library(SQLCipher::SQLCipher STATIC IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION ${SQLCIPHER_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${SQLCIPHER_INCLUDE_DIR}
        INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;ZLIB::ZLIB;m;${CMAKE_DL_LIBS}")
endif()
mark_as_advanced(SQLCIPHER_INCLUDE_DIR SQLCIPHER_LIBRARY)
