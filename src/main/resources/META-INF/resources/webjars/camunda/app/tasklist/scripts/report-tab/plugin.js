// Tasklist tab "Phản ánh / Report": the staff report view of the task's report (/staff/tasks/{id}/report), framed
// next to the task's form so an official reads the case without leaving Tasklist. The page checks who may read it
// (another unit's official sees a 403 page); a task about no report (a survey, a campaign) shows a short notice.
const label = 'Phản ánh / Report';

export default {
  id: 'feedback.report',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  render: (container, {taskId}) => {
    const frame = document.createElement('iframe');
    frame.src = '/staff/tasks/' + encodeURIComponent(taskId) + '/report';
    frame.title = label;
    frame.className = 'feedback-report';
    frame.style.width = '100%';
    // fits below Tasklist's header and tabs and above its footer; the page scrolls inside the frame
    frame.style.height = 'max(24rem, calc(100vh - 23rem))';
    frame.style.border = '0';
    container.replaceChildren(frame);
  },
  properties: {label}
};
