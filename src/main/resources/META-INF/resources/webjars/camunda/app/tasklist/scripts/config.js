/*
 * Tasklist settings of the DGA standards workflow: in Thai for a browser that prefers Thai (locales/th.json), in
 * English otherwise. Dates are shown in Bangkok time whatever the browser's zone, by the script scripts/bangkok-time.js.
 */
export default {
  app: {
    name: 'ระบบงานมาตรฐาน',
    vendor: 'สพร.'
  },
  dateFormat: {
    normal: 'D MMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    abbr: 'D MMM HH:mm',
    short: 'D MMM YYYY'
  },
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['scripts/bangkok-time', 'scripts/single-login', 'scripts/form-js-thai'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
