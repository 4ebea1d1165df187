// Stand-ins for HubSpot's empty-state illustrations (no HubSpot asset is
// used): one simple drawing, decorative, so screen readers skip it.
export function Illustration({ name, width = 120 }) {
    const error = name === 'error' || name === 'lock';
    return (
        <svg className="hs-illustration" width={width} height={(width * 3) / 4} viewBox="0 0 160 120" aria-hidden="true" focusable="false" data-name={name}>
            <rect x="20" y="24" width="120" height="76" rx="8" className="hs-illustration__card" />
            <rect x="34" y="40" width="56" height="8" rx="4" className="hs-illustration__line" />
            <rect x="34" y="56" width="92" height="6" rx="3" className="hs-illustration__line hs-illustration__line--light" />
            <rect x="34" y="68" width="76" height="6" rx="3" className="hs-illustration__line hs-illustration__line--light" />
            <circle cx="124" cy="30" r="16" className={error ? 'hs-illustration__badge hs-illustration__badge--error' : 'hs-illustration__badge'} />
            <text x="124" y="36" textAnchor="middle" className="hs-illustration__mark">
                {error ? '!' : '+'}
            </text>
        </svg>
    );
}
