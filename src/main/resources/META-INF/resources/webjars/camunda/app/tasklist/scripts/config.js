// Tasklist's configuration, replacing the one shipped in camunda-webapp-webjar (same shortcuts), with the tab
// "Hồ sơ / Case" (scripts/case-tab/plugin.js) that shows a task's report or survey next to its form.
export default {
  customScripts: ['scripts/case-tab/plugin'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
