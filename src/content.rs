//! The article, compiled into the app by build.rs from the content file: validated at build time, no parser here.

include!(concat!(env!("OUT_DIR"), "/content.rs"));
