//! The article and its map, compiled into the app by build.rs from the content file and `map/region.json`:
//! validated and projected at build time, so the browser carries no parser and no projection code.

include!(concat!(env!("OUT_DIR"), "/content.rs"));
include!(concat!(env!("OUT_DIR"), "/map.rs"));
