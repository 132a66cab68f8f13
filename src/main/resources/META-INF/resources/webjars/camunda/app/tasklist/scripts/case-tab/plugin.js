// Tasklist tab "Hồ sơ / Case": the page of the task's case (/staff/tasks/{id}/case: the staff report view of a report
// task, the staff survey view of a survey task), framed next to the task's form so an official reads the case
// without leaving Tasklist. The page checks who may read it (another unit's official sees a 403 page); a task about
// neither (a campaign's) shows a short notice.
const label = 'Hồ sơ / Case';

export default {
  id: 'feedback.case',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  render: (container, {taskId}) => {
    const frame = document.createElement('iframe');
    frame.src = '/staff/tasks/' + encodeURIComponent(taskId) + '/case';
    frame.title = label;
    frame.className = 'feedback-case';
    frame.style.width = '100%';
    // fits below Tasklist's header and tabs and above its footer; the page scrolls inside the frame
    frame.style.height = 'max(24rem, calc(100vh - 23rem))';
    frame.style.border = '0';
    container.replaceChildren(frame);
  },
  properties: {label}
};
