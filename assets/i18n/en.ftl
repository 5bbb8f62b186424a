# The app's messages in English: every message the app has. Keys are grouped by where they show.
# Russian (ru.ftl) has the same keys; tests/messages.rs holds the two files to the same keys.

## The menus
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-language = Language
menu-language-tip = The language of the menus, panels, legend and dates; remembered. Names and quotations from the dataset stay as it writes them

## The standings, in the legend, panels, tooltips and tables
standing-member = Member
standing-frozen = Participation frozen
standing-former = Former member
standing-observer = Observer
standing-unknown = Status unknown
standing-none = Not a member

## The left panel
heading-layers = Layers
heading-legend = Legend
heading-members = Members and observers
layer-members = Member states
layer-borders = Borders of interest
layer-exercises = Exercises
layer-labels = Country names
layer-places = Capitals and cities
layer-water = Lakes and rivers
layer-graticule = Graticule

layer-list-entries = { $count ->
    [one] { $count } entry, by date
   *[other] { $count } entries, by date
}

## The timeline
timeline-play = Play
timeline-pause = Pause
timeline-speed = Speed
timeline-today = Today

## The legend's other rows (each `-tip` its tooltip)
as-of = as of { $date }
as-of-the-sources = as of the sources ({ $reach }); nothing later is known
legend-exercise = Exercise (faded: past)
legend-site = Site known only roughly
legend-site-tip = The dashed ring around an exercise: the sources name only its region (smaller ring) or its country (larger ring), not the exact site.
legend-frontier = Border of interest
legend-small-states = Small states drawn as circles
legend-small-states-tip = A state too small to see at this scale is drawn as a circle in its status's colour, where its name points.
legend-short-names = ABC: ISO code, no room for the name
legend-short-names-tip = Where a member's name finds no room, the map writes its three-letter ISO code.
legend-disputed = Disputed territory
legend-disputed-tip = Dashed outline: drawn inside one country on the de facto map, claimed by another under the UN view; coloured by neither's status.
legend-unknown-tip = The sources give a status only up to a date; the map does not carry it on. Plain land inside the dashed outline where that last word rests only on fragments.
legend-uncertain = Lighter, dashed: uncertain
legend-uncertain-tip = The status rests only on fragments of unknown date and quality, or the sources differ on whether it had begun; see the details panel.

## The View menu's choices
menu-text-size = Text size
menu-text-size-tip = Labels, captions and slides; remembered
text-size-normal = Normal
text-size-large = Large
text-size-back-row = Back row
menu-theme = Theme
menu-theme-tip = The map and the window; remembered. Exported figures stay light
theme-light = Light
theme-dark = Dark
menu-projection = Projection
menu-reduce-motion = Reduce motion
menu-reduce-motion-tip = Cut between slides instead of gliding the map and the date
menu-present = Present
menu-open-recent = Open recent
menu-samples = Sample datasets
menu-no-recent = No recent files
menu-clear-recent = Clear recent files

## Playback speeds and the timeline's key
speed-month = 1 month / s
speed-half-year = 6 months / s
speed-year = 1 year / s
speed-two-years = 2 years / s
speed-five-years = 5 years / s
ticks-exercises = exercises
ticks-events = meetings & decisions
ticks-membership = membership changes

## Dates: a month alone ("February 2024") and a day of it ("1 July 2025")
month-1 = January
month-1-of = January
month-2 = February
month-2-of = February
month-3 = March
month-3-of = March
month-4 = April
month-4-of = April
month-5 = May
month-5-of = May
month-6 = June
month-6-of = June
month-7 = July
month-7-of = July
month-8 = August
month-8-of = August
month-9 = September
month-9-of = September
month-10 = October
month-10-of = October
month-11 = November
month-11-of = November
month-12 = December
month-12-of = December

## Actions: menus, buttons, keys (each with its tooltip)
action-new-dataset = New dataset
action-new-dataset-tip = Start a dataset of your own organisation from nothing: add its members, sources, exercises and events in the Facts panel
action-open-dataset = Open dataset…
action-open-dataset-tip = Open a membership dataset file (JSON)
action-import-table = Import table…
action-import-table-tip = Make a dataset from a spreadsheet or CSV file, one row per status period (also by dropping it on the window)
action-export-map = Export map…
action-export-map-tip = Save the map as a clean PNG, SVG or PDF figure with title, legend and credit
action-export-story = Export story…
action-export-story-tip = Save the story as a PDF handout for the class: a page per slide with its map, caption and quoted sources, then a page of sources
action-export-table = Export table…
action-export-table-tip = Save every country's status at the date shown as a CSV or Excel table (an Excel workbook also gets the whole history as a second sheet)
action-export-history-table = Export history table…
action-export-history-table-tip = Save the whole history, one row per status period and source, as a CSV or Excel table that Import table reads back
action-copy-map-image = Copy map image
action-copy-map-image-tip = Copy the map, as Export map draws it, to the clipboard
action-save-window-screenshot = Save window screenshot…
action-save-window-screenshot-tip = Save the whole window, panels and all, as a PNG
action-quit = Quit
action-quit-tip = Close CSTO Atlas; the view is remembered
action-play-pause = Play / Pause
action-play-pause-tip = Play the timeline from the date shown, or pause it
action-previous-event = Previous event
action-previous-event-tip = Jump to the previous membership change, meeting or exercise
action-next-event = Next event
action-next-event-tip = Jump to the next membership change, meeting or exercise
action-reset-view = Reset view
action-reset-view-tip = Frame the member states
action-find = Find…
action-find-tip = Find a country, border, exercise, meeting or quote by name or words, and fly the map to it
action-toggle-lists = Lists panel
action-toggle-lists-tip = Show or hide the layers, legend and lists on the left
action-toggle-details = Details panel
action-toggle-details-tip = Show or hide the selection's details and excerpts on the right
action-toggle-timeline = Timeline
action-toggle-timeline-tip = Show or hide the timeline at the bottom
action-toggle-sources = Sources panel
action-toggle-sources-tip = List every source article with its excerpts, searchable
action-toggle-slides = Slides panel
action-toggle-slides-tip = Show or hide the Slides panel, where you write the story
action-toggle-facts = Facts panel
action-toggle-facts-tip = Show or hide the Facts panel, where you correct or add what the selected country, exercise or event is, and the sources it rests on
action-add-slide = Add current view as slide
action-add-slide-tip = Add the map as it is now (date, view, selection) as a slide after the picked one
action-save = Save dataset
action-save-tip = Write your slides and facts into the dataset file; the rest of the file is kept, the old file kept as .bak
action-save-copy = Save dataset as…
action-save-copy-tip = Save the dataset with your slides and facts as a new file
action-undo = Undo
action-undo-tip = Take back the last change to the slides or facts
action-redo = Redo
action-redo-tip = Do again the change you took back
action-compare-dates = Compare dates
action-compare-dates-tip = Split the map into two dates side by side, with what changed between them
action-present = Present the story
action-present-tip = Walk a class through the story full-screen, slide by slide
action-next-slide = Next slide
action-next-slide-tip = Go on to the next slide (also Right, Page Down, Enter, a clicker)
action-previous-slide = Previous slide
action-previous-slide-tip = Go back a slide (also Page Up)
action-first-slide = First slide
action-first-slide-tip = Go to the title slide
action-last-slide = Last slide
action-last-slide-tip = Go to the sources slide
action-blank-screen = Blank the screen
action-blank-screen-tip = Blank the screen for a discussion; press again to come back
action-speaker-notes = Speaker notes
action-speaker-notes-tip = Show or hide your notes and the next slide's title, in a window of their own where the system allows
action-stop-presenting = Stop presenting
action-stop-presenting-tip = Leave the presentation, back to exactly the view you left
action-keyboard-shortcuts = Keyboard shortcuts
action-keyboard-shortcuts-tip = List every keyboard shortcut
action-about = About CSTO Atlas
action-about-tip = Version, data and base-map credits, licences
