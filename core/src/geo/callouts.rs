//! Callouts for points too close to tap apart: each point gets a badge, pushed out from the group's centre and
//! away from the other badges until every badge is a finger's width from the rest, with a leader line back to
//! its point. A small inset of central Minsk needs this: two of its places lie 0.27 km apart, 11 px on screen.

/// Badge centres for `points`, in the same units, inside a square frame `0..frame` (a margin of `gap / 2` kept).
/// Badges start `offset` away from their point, on the side facing away from the points' centre, and are then
/// pushed apart until no two centres are closer than `gap`, or a fixed number of rounds has passed. The result
/// is deterministic, so the prerender and the browser draw the same thing.
pub fn spread_callouts(points: &[(f64, f64)], frame: f64, offset: f64, gap: f64) -> Vec<(f64, f64)> {
    let n = points.len() as f64;
    if points.is_empty() {
        return Vec::new();
    }
    let centre = (points.iter().map(|p| p.0).sum::<f64>() / n, points.iter().map(|p| p.1).sum::<f64>() / n);
    let margin = gap / 2.0;
    let clamp = |(x, y): (f64, f64)| (x.clamp(margin, frame - margin), y.clamp(margin, frame - margin));
    let mut badges: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, &(x, y))| {
            let (dx, dy) = (x - centre.0, y - centre.1);
            let len = dx.hypot(dy);
            // A point at the centre (or all points at one spot) fans out by its index instead.
            let (ux, uy) = if len > 1e-9 {
                (dx / len, dy / len)
            } else {
                let a = i as f64 * std::f64::consts::TAU / n - std::f64::consts::FRAC_PI_2;
                (a.cos(), a.sin())
            };
            clamp((x + ux * offset, y + uy * offset))
        })
        .collect();
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..badges.len() {
            for j in (i + 1)..badges.len() {
                let (a, b) = (badges[i], badges[j]);
                let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                let d = dx.hypot(dy);
                if d >= gap {
                    continue;
                }
                let (ux, uy) = if d > 1e-9 { (dx / d, dy / d) } else { (1.0, 0.0) };
                let push = (gap - d) / 2.0 + 0.01;
                badges[i] = clamp((a.0 - ux * push, a.1 - uy * push));
                badges[j] = clamp((b.0 + ux * push, b.1 + uy * push));
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    badges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min_distance(badges: &[(f64, f64)]) -> f64 {
        let mut best = f64::INFINITY;
        for (i, a) in badges.iter().enumerate() {
            for b in &badges[i + 1..] {
                best = best.min((a.0 - b.0).hypot(a.1 - b.1));
            }
        }
        best
    }

    #[test]
    fn close_points_get_badges_a_gap_apart_inside_the_frame() {
        // Central Minsk as drawn: two places 11 px apart, the city's point further off, in a 168 px frame.
        let points = [(80.0, 84.0), (82.0, 73.0), (110.0, 100.0)];
        let badges = spread_callouts(&points, 168.0, 30.0, 48.0);
        assert_eq!(badges.len(), 3);
        assert!(min_distance(&badges) >= 48.0 - 1e-6, "{badges:?}");
        for &(x, y) in &badges {
            assert!((24.0..=144.0).contains(&x) && (24.0..=144.0).contains(&y), "{badges:?}");
        }
    }

    #[test]
    fn points_already_apart_keep_their_badges_near_them() {
        let points = [(20.0, 20.0), (150.0, 150.0)];
        let badges = spread_callouts(&points, 168.0, 10.0, 48.0);
        for (p, b) in points.iter().zip(&badges) {
            assert!((p.0 - b.0).hypot(p.1 - b.1) <= 10.0 + 5.0, "{badges:?}");
        }
    }

    #[test]
    fn points_on_one_spot_fan_out() {
        let badges = spread_callouts(&[(84.0, 84.0); 3], 168.0, 30.0, 48.0);
        assert!(min_distance(&badges) >= 48.0 - 1e-6, "{badges:?}");
    }

    #[test]
    fn no_points_no_badges() {
        assert!(spread_callouts(&[], 168.0, 30.0, 48.0).is_empty());
    }
}
