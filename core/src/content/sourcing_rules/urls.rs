//! Rule 5: no source URL on a raw IP address or a known mirror host. A reader must be able to open the original.

use super::{src, Problems};

/// Hosts that serve copies of other sites' pages (mostly Wikipedia): a copy can lag or alter the original, and a
/// reader cannot tell who stands behind it. Cite the original instead. Kept short and explicit on purpose; add a
/// host here when a review finds one. Subdomains count (`zhwiki.oracleblog.org`).
const MIRROR_HOSTS: &[&str] = &[
    "dweb.link",          // IPFS gateway (en-wikipedia--on--ipfs-org.ipns.dweb.link)
    "ipfs.io",            // IPFS gateway
    "oracleblog.org",     // zhwiki.oracleblog.org, a copy of Chinese Wikipedia
    "wikimili.com",       // re-skinned Wikipedia copy
    "artikeldigital.com", // Wikipedia copy
    "wikiwand.com",       // Wikipedia front end
];

/// The host of an http(s) URL, lowercased, without user info or port.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') { host.split_inclusive(']').next()? } else { host.split(':').next()? };
    Some(host.to_ascii_lowercase())
}

fn is_raw_ip(host: &str) -> bool {
    host.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok()
}

pub(super) fn no_mirror_urls(f: &src::File, out: &mut Problems) {
    for s in &f.sources {
        let Some(url) = &s.url else { continue };
        let item = format!("source '{}'", s.key);
        let Some(host) = host(url) else {
            out.push((item, format!("URL {url:?} has no host")));
            continue;
        };
        if is_raw_ip(&host) {
            out.push((item, format!("URL {url:?} points at a raw IP address: cite the publisher's own page")));
        } else if let Some(m) = MIRROR_HOSTS.iter().find(|m| host == **m || host.ends_with(&format!(".{m}"))) {
            out.push((item, format!("URL {url:?} is on {m}, a known mirror: cite the original page")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_raw_ips() {
        assert_eq!(host("http://108.161.137.60/piglix/X").as_deref(), Some("108.161.137.60"));
        assert!(is_raw_ip("108.161.137.60") && is_raw_ip("[::1]") && !is_raw_ip("en.wikipedia.org"));
        assert_eq!(host("https://u@Zhwiki.Oracleblog.org:443/wiki/x?y").as_deref(), Some("zhwiki.oracleblog.org"));
    }
}
