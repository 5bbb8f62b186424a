use csto_atlas::earth::world::world;
fn main() {
    let arcs = world().basemap.arcs(2);
    for (i, arc) in arcs.iter().enumerate() {
        for pair in arc.windows(2) {
            if 180.0 - pair[0].x.abs() < 1e-3 && 180.0 - pair[1].x.abs() < 1e-3 && (pair[0].y - 71.537).abs() < 0.3 {
                println!("arc {i}: {:?} -> {:?}", pair[0], pair[1]);
            }
        }
    }
}
