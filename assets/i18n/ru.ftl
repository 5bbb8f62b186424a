# Сообщения приложения на русском. Те же ключи, что в en.ftl (tests/messages.rs это проверяет).
# Для казахского, киргизского, таджикского, белорусского и армянского классов, пока у них нет
# своего файла, приложение говорит по-русски.

## Меню
menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-help = Справка
menu-language = Язык
menu-language-tip = Язык меню, панелей, легенды и дат; запоминается. Названия и цитаты из набора данных остаются такими, как они в нём записаны

## Статусы: в легенде, панелях, подсказках и таблицах
standing-member = Член
standing-frozen = Участие заморожено
standing-former = Бывший член
standing-observer = Наблюдатель
standing-unknown = Статус неизвестен
standing-none = Не член

## Левая панель
heading-layers = Слои
heading-legend = Легенда
heading-members = Члены и наблюдатели
layer-members = Государства-члены
layer-borders = Важные границы
layer-exercises = Учения
layer-labels = Названия стран
layer-places = Столицы и города
layer-water = Озёра и реки
layer-graticule = Сетка координат
layer-list-entries = { $count ->
    [one] { $count } запись, по дате
    [few] { $count } записи, по дате
   *[many] { $count } записей, по дате
}

## Шкала времени
timeline-play = Пуск
timeline-pause = Пауза
timeline-speed = Скорость
timeline-today = Сегодня

## Прочие строки легенды (у каждой `-tip` своя подсказка)
as-of = на { $date }
as-of-the-sources = по источникам ({ $reach }); о более позднем ничего не известно
legend-exercise = Учения (бледные: прошедшие)
legend-site = Место известно лишь примерно
legend-site-tip = Пунктирное кольцо вокруг учений: источники называют лишь регион (кольцо меньше) или страну (кольцо больше), а не точное место.
legend-frontier = Важная граница
legend-small-states = Малые государства кружками
legend-small-states-tip = Государство, слишком малое для этого масштаба, нарисовано кружком цвета его статуса там, куда указывает его название.
legend-short-names = ABC: код ISO, названию не хватило места
legend-short-names-tip = Где названию члена не хватает места, карта пишет его трёхбуквенный код ISO.
legend-disputed = Спорная территория
legend-disputed-tip = Пунктирный контур: на карте фактического положения входит в одну страну, по позиции ООН на неё притязает другая; не окрашена по статусу ни одной из них.
legend-unknown-tip = Источники дают статус лишь до некоторой даты; карта не продлевает его дальше. Просто суша внутри пунктирного контура там, где это последнее слово основано лишь на фрагментах.
legend-uncertain = Светлее, пунктир: неточно
legend-uncertain-tip = Статус основан лишь на фрагментах неизвестной даты и качества или источники расходятся в том, начался ли он; см. панель сведений.

## Выбор в меню «Вид»
menu-text-size = Размер текста
menu-text-size-tip = Подписи, надписи и слайды; запоминается
text-size-normal = Обычный
text-size-large = Крупный
text-size-back-row = Для задних рядов
menu-theme = Тема
menu-theme-tip = Карта и окно; запоминается. Экспортированные рисунки остаются светлыми
theme-light = Светлая
theme-dark = Тёмная
menu-projection = Проекция
menu-reduce-motion = Меньше движения
menu-reduce-motion-tip = Переключать слайды сразу, без плавного движения карты и даты
menu-present = Показ
menu-open-recent = Недавние файлы
menu-samples = Примеры наборов данных
menu-no-recent = Недавних файлов нет
menu-clear-recent = Очистить список недавних

## Скорости воспроизведения и условные знаки шкалы времени
speed-month = 1 месяц / с
speed-half-year = 6 месяцев / с
speed-year = 1 год / с
speed-two-years = 2 года / с
speed-five-years = 5 лет / с
ticks-exercises = учения
ticks-events = встречи и решения
ticks-membership = изменения членства

## Даты: месяц сам по себе («февраль 2024») и день месяца («1 июля 2025»)
month-1 = январь
month-1-of = января
month-2 = февраль
month-2-of = февраля
month-3 = март
month-3-of = марта
month-4 = апрель
month-4-of = апреля
month-5 = май
month-5-of = мая
month-6 = июнь
month-6-of = июня
month-7 = июль
month-7-of = июля
month-8 = август
month-8-of = августа
month-9 = сентябрь
month-9-of = сентября
month-10 = октябрь
month-10-of = октября
month-11 = ноябрь
month-11-of = ноября
month-12 = декабрь
month-12-of = декабря

## Действия: меню, кнопки, клавиши (у каждого своя подсказка)
action-new-dataset = Новый набор данных
action-new-dataset-tip = Начать с нуля набор данных своей организации: добавить её членов, источники, учения и события в панели «Факты»
action-open-dataset = Открыть набор данных…
action-open-dataset-tip = Открыть файл набора данных о членстве (JSON)
action-import-table = Импорт таблицы…
action-import-table-tip = Сделать набор данных из электронной таблицы или файла CSV, по строке на период статуса (или перетащить файл на окно)
action-export-map = Экспорт карты…
action-export-map-tip = Сохранить карту как чистый рисунок PNG, SVG или PDF с заголовком, легендой и подписью
action-export-story = Экспорт рассказа…
action-export-story-tip = Сохранить рассказ как раздаточный материал PDF для класса: по странице на слайд с картой, подписью и цитатами источников, затем страница источников
action-export-table = Экспорт таблицы…
action-export-table-tip = Сохранить статус каждой страны на показанную дату как таблицу CSV или Excel (в книгу Excel вторым листом входит и вся история)
action-export-history-table = Экспорт таблицы истории…
action-export-history-table-tip = Сохранить всю историю, по строке на период статуса и источник, как таблицу CSV или Excel, которую читает «Импорт таблицы»
action-copy-map-image = Копировать изображение карты
action-copy-map-image-tip = Скопировать карту в буфер обмена так, как её рисует «Экспорт карты»
action-save-window-screenshot = Сохранить снимок окна…
action-save-window-screenshot-tip = Сохранить всё окно вместе с панелями как PNG
action-quit = Выход
action-quit-tip = Закрыть CSTO Atlas; вид запоминается
action-play-pause = Пуск / пауза
action-play-pause-tip = Запустить шкалу времени с показанной даты или остановить её
action-previous-event = Предыдущее событие
action-previous-event-tip = Перейти к предыдущему изменению членства, встрече или учениям
action-next-event = Следующее событие
action-next-event-tip = Перейти к следующему изменению членства, встрече или учениям
action-reset-view = Сбросить вид
action-reset-view-tip = Показать государства-члены целиком
action-find = Найти…
action-find-tip = Найти страну, границу, учения, встречу или цитату по названию или словам и перенести к ней карту
action-toggle-lists = Панель списков
action-toggle-lists-tip = Показать или скрыть слои, легенду и списки слева
action-toggle-details = Панель сведений
action-toggle-details-tip = Показать или скрыть сведения и выдержки о выбранном справа
action-toggle-timeline = Шкала времени
action-toggle-timeline-tip = Показать или скрыть шкалу времени внизу
action-toggle-sources = Панель источников
action-toggle-sources-tip = Перечень всех статей-источников с выдержками, с поиском
action-toggle-slides = Панель слайдов
action-toggle-slides-tip = Показать или скрыть панель «Слайды», где пишется рассказ
action-toggle-facts = Панель фактов
action-toggle-facts-tip = Показать или скрыть панель «Факты», где исправляют или добавляют сведения о выбранной стране, учениях или событии и источники, на которых они основаны
action-add-slide = Добавить текущий вид как слайд
action-add-slide-tip = Добавить карту в её нынешнем виде (дата, вид, выбор) как слайд после выбранного
action-save = Сохранить набор данных
action-save-tip = Записать слайды и факты в файл набора данных; остальное в файле сохраняется, старый файл остаётся как .bak
action-save-copy = Сохранить набор данных как…
action-save-copy-tip = Сохранить набор данных со слайдами и фактами в новый файл
action-undo = Отменить
action-undo-tip = Отменить последнее изменение слайдов или фактов
action-redo = Повторить
action-redo-tip = Снова внести отменённое изменение
action-compare-dates = Сравнить даты
action-compare-dates-tip = Разделить карту на две даты рядом и показать, что между ними изменилось
action-present = Показать рассказ
action-present-tip = Провести класс по рассказу во весь экран, слайд за слайдом
action-next-slide = Следующий слайд
action-next-slide-tip = Перейти к следующему слайду (также Вправо, Page Down, Enter, пульт)
action-previous-slide = Предыдущий слайд
action-previous-slide-tip = Вернуться на слайд назад (также Page Up)
action-first-slide = Первый слайд
action-first-slide-tip = Перейти к титульному слайду
action-last-slide = Последний слайд
action-last-slide-tip = Перейти к слайду источников
action-blank-screen = Затемнить экран
action-blank-screen-tip = Затемнить экран для обсуждения; нажмите ещё раз, чтобы вернуться
action-speaker-notes = Заметки докладчика
action-speaker-notes-tip = Показать или скрыть заметки и заголовок следующего слайда, в отдельном окне, где система это позволяет
action-stop-presenting = Завершить показ
action-stop-presenting-tip = Выйти из показа и вернуться точно к тому виду, с которого начали
action-keyboard-shortcuts = Сочетания клавиш
action-keyboard-shortcuts-tip = Список всех сочетаний клавиш
action-about = О программе CSTO Atlas
action-about-tip = Версия, сведения о данных и базовой карте, лицензии
