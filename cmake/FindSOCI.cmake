# Finds SOCI 4 core and its SQLite3 and PostgreSQL backends (Debian ships no CMake config or
# pkg-config file). Provides SOCI::core, SOCI::sqlite3: the SQLite backend's static library, linked
# with SQLCipher::SQLCipher (FindSQLCipher.cmake) so SOCI runs over SQLCipher, never the system
# SQLite; and SOCI::postgresql, the PostgreSQL backend with libpq (libpq-dev).
find_path(SOCI_INCLUDE_DIR soci/soci.h)
find_library(SOCI_CORE_LIBRARY NAMES soci_core)
find_library(SOCI_SQLITE3_STATIC_LIBRARY NAMES libsoci_sqlite3.a)
find_library(SOCI_POSTGRESQL_LIBRARY NAMES soci_postgresql)
find_library(PQ_LIBRARY NAMES pq)
find_path(PQ_INCLUDE_DIR libpq-fe.h PATH_SUFFIXES postgresql)
if(SOCI_INCLUDE_DIR AND EXISTS ${SOCI_INCLUDE_DIR}/soci/version.h)
    file(STRINGS ${SOCI_INCLUDE_DIR}/soci/version.h _soci_version_line REGEX "#define SOCI_LIB_VERSION ")
    string(REGEX REPLACE ".*\"([0-9_]+)\".*" "\\1" _soci_version "${_soci_version_line}")
    string(REPLACE "_" "." SOCI_VERSION "${_soci_version}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SOCI
    REQUIRED_VARS SOCI_CORE_LIBRARY SOCI_SQLITE3_STATIC_LIBRARY SOCI_POSTGRESQL_LIBRARY PQ_LIBRARY PQ_INCLUDE_DIR
                  SOCI_INCLUDE_DIR
    VERSION_VAR SOCI_VERSION)

if(SOCI_FOUND AND NOT TARGET SOCI::core)
    add_library(SOCI::core UNKNOWN IMPORTED)
    set_target_properties(SOCI::core PROPERTIES
        IMPORTED_LOCATION ${SOCI_CORE_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${SOCI_INCLUDE_DIR})
    add_library(SOCI::sqlite3 STATIC IMPORTED)
    set_target_properties(SOCI::sqlite3 PROPERTIES
        IMPORTED_LOCATION ${SOCI_SQLITE3_STATIC_LIBRARY}
        INTERFACE_LINK_LIBRARIES "SOCI::core;SQLCipher::SQLCipher")
    add_library(SOCI::postgresql UNKNOWN IMPORTED)
    set_target_properties(SOCI::postgresql PROPERTIES
        IMPORTED_LOCATION ${SOCI_POSTGRESQL_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${PQ_INCLUDE_DIR}
        INTERFACE_LINK_LIBRARIES "SOCI::core;${PQ_LIBRARY}")
endif()
mark_as_advanced(SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_SQLITE3_STATIC_LIBRARY SOCI_POSTGRESQL_LIBRARY PQ_LIBRARY
                 PQ_INCLUDE_DIR)
