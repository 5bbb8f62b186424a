//! Every letter drawn: the embedded fonts (`assets/fonts/`) have a glyph for every character of
//! the message files, the embedded datasets, the test datasets, and a sample of each script a
//! classroom of the CSTO's or the Turkic States' members writes in.

use csto_atlas::render::font::map_font;

/// Every string in a JSON document.
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                out.push(key.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

/// The characters of `text` that no embedded face has.
fn missing(text: &str) -> String {
    let font = map_font();
    let mut missing: Vec<char> = text.chars().filter(|&c| !font.covers(c)).collect();
    missing.sort_unstable();
    missing.dedup();
    missing.into_iter().collect()
}

#[test]
fn every_character_of_every_dataset_has_a_glyph() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("data/csto.json"),
        root.join("data/ots.json"),
        root.join("data/new.json"),
    ];
    for entry in std::fs::read_dir(root.join("tests/fixtures/regions")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    for path in files {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut texts = Vec::new();
        strings(&value, &mut texts);
        let missing = missing(&texts.concat());
        assert!(
            missing.is_empty(),
            "{}: no glyph for {:?}",
            path.display(),
            missing
        );
    }
}

#[test]
fn every_script_of_the_members_classrooms_has_its_letters() {
    let samples = [
        (
            "Russian",
            "Организация Договора о коллективной безопасности",
        ),
        (
            "Belarusian",
            "Арганізацыя Дагавора аб калектыўнай бяспецы, Беларусь",
        ),
        (
            "Kazakh",
            "Ұжымдық қауіпсіздік туралы шарт ұйымы, Қазақстан әңғөұүһі",
        ),
        (
            "Kyrgyz",
            "Жамааттык коопсуздук жөнүндө келишим уюму, Кыргызстан ңөү",
        ),
        (
            "Tajik",
            "Созмони Аҳдномаи амнияти дастаҷамъӣ, Тоҷикистон ғӣқӯҳҷ",
        ),
        (
            "Armenian",
            "Հավաքական անվտանգության պայմանագրի կազմակերպություն, Հայաստան",
        ),
        (
            "Georgian",
            "საქართველო, კოლექტიური უსაფრთხოების ხელშეკრულების ორგანიზაცია",
        ),
        (
            "Azerbaijani",
            "Türk Dövlətləri Təşkilatı, Azərbaycan Respublikası",
        ),
        (
            "Turkish",
            "Türk Devletleri Teşkilatı, İstanbul, Çanakkale, Iğdır",
        ),
        ("Uzbek", "Turkiy davlatlar tashkiloti, Oʻzbekiston, gʻalaba"),
        ("Vietnamese", "Hiệp hội các quốc gia Đông Nam Á, Việt Nam"),
        (
            "Punctuation",
            "“Quoted” ‘text’ «кавычки» — 1 374 km … № 5 · ±",
        ),
    ];
    for (language, sample) in samples {
        let missing = missing(sample);
        assert!(missing.is_empty(), "{language}: no glyph for {missing:?}");
    }
}

#[test]
fn every_character_of_every_message_file_has_a_glyph() {
    for (file, text) in csto_atlas::i18n::files().iter().enumerate() {
        let missing = missing(text);
        assert!(
            missing.is_empty(),
            "message file {file}: no glyph for {missing:?}"
        );
    }
}
