/*
 * Shows every date of Tasklist in Bangkok time (UTC+07:00, no daylight saving), whatever the zone of the browser:
 * a committee member abroad sees the same due dates as the secretariat in Bangkok. The welcome page uses it too.
 *
 * Tasklist formats dates with moment.js, which angular-moment provides as the "moment" constant. Dates that moment
 * creates in the browser's local zone are moved to +07:00, keeping the instant; dates created in UTC on purpose
 * are left alone. The footer, which names the zone dates are shown in, says so. The welcome page shows no dates
 * but the footer, and has no angular-moment.
 */
const BANGKOK = 'Asia/Bangkok';
const BANGKOK_OFFSET_MINUTES = 7 * 60;

function existingModule(name) {
  try {
    return window.angular.module(name);
  } catch (notLoaded) {
    return null;
  }
}

const moments = existingModule('angularMoment');
if (moments) {
  moments.run(['moment', function (moment) {
    moment.updateOffset = function (m, keepTime) {
      if (!m._isUTC) {
        m.utcOffset(BANGKOK_OFFSET_MINUTES, keepTime);
      }
    };
  }]);
}

window.angular.module('camunda.common.widgets').config(['$provide', function ($provide) {
  $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
    const footer = $delegate[0];
    const link = footer.link;
    footer.compile = function () {
      return function (scope) {
        link.apply(this, arguments);
        scope.timezoneName = BANGKOK;
      };
    };
    return $delegate;
  }]);
}]);

export default [];
